#include "DemoRoster.h"

namespace callscore::demo {

namespace {

struct TeamSeat {
    const char* name;
    const char* team;
    Skill skill;
};

// The first seat of each team is its leader; the last seat of Восток is the
// newcomer. Север works by the book, Восток struggles.
const TeamSeat kSeats[] = {
    {"Смирнова Елена", "Север", Skill::Strong},    {"Волков Андрей", "Север", Skill::Strong},
    {"Морозова Ольга", "Север", Skill::Strong},    {"Лебедев Артём", "Север", Skill::Strong},
    {"Соколов Дмитрий", "Юг", Skill::Average},     {"Новикова Татьяна", "Юг", Skill::Strong},
    {"Павлов Игорь", "Юг", Skill::Average},        {"Егорова Светлана", "Юг", Skill::Average},
    {"Козлова Наталья", "Восток", Skill::Average}, {"Фёдоров Максим", "Восток", Skill::Weak},
    {"Никитина Юлия", "Восток", Skill::Average},   {"Белов Кирилл", "Восток", Skill::Weak},
};

constexpr int kSeatsPerTeam = 4;
constexpr int kFirstExtension = 101;

} // namespace

QVector<DemoManager> DemoRoster::managers(const DemoCalendar& calendar, DemoRandom& random)
{
    QVector<DemoManager> result;
    const int seatCount = int(sizeof(kSeats) / sizeof(kSeats[0]));
    for (int i = 0; i < seatCount; ++i) {
        DemoManager manager;
        manager.name = QString::fromUtf8(kSeats[i].name);
        manager.team = QString::fromUtf8(kSeats[i].team);
        manager.skill = kSeats[i].skill;
        manager.extension = QString::number(kFirstExtension + i);
        manager.leader = i % kSeatsPerTeam == 0;
        manager.startDate = calendar.today().addDays(-random.between(180, 1100));
        result.append(manager);
    }

    result.last().startDate = newcomerStart(calendar);
    return result;
}

QDate DemoRoster::newcomerStart(const DemoCalendar& calendar)
{
    const QDate today = calendar.today();
    return today.addDays(1 - today.dayOfWeek()).addDays(-7);
}

} // namespace callscore::demo
