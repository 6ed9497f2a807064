#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <utility>

namespace callscore::demo {

// How well a manager follows the script; drives the review answers and how
// often their callback promises slip.
enum class Skill { Strong, Average, Weak };

struct DemoManager {
    QString name;
    QString extension;
    QString team;
    bool leader = false;
    QDate startDate;
    Skill skill = Skill::Average;
};

enum class Direction { In, Out };

// How the PBX spelled a customer number in the call log.
enum class Spelling { Trunk8, Plain7, Plus7, National10 };

// How the inbound call reached the agents: straight to one SIP phone, a
// Dial fork to several SIP phones, or a fork through Local channels.
enum class Routing { Direct, SipFork, LocalFork };

enum class CallbackPlan { None, Kept, Late, Missed, Pending };

struct DemoCall {
    int index = 0;
    Direction direction = Direction::In;
    QDateTime start; // local time in the call centre's zone
    int ringS = 0;
    int billsec = 0;
    QString disposition; // ANSWERED, NO ANSWER, BUSY
    int manager = 0;     // answered or dialled; the first one rung if unanswered
    QVector<int> alsoRung;
    Routing routing = Routing::Direct;
    QString customer; // ten national digits, "9161234567"
    Spelling spelling = Spelling::Trunk8;
    QString did;
    QString trunk;
    qint64 epoch = 0;
    int firstSeq = 0;
    QString linkedId;
    bool followup = false;
    QString recordingPath; // relative to the recordings folder; empty: none
    QString recordingFormat;
    int recordingChannels = 1;

    bool answered() const { return disposition == QLatin1String("ANSWERED"); }
    QDateTime answerTime() const { return start.addSecs(ringS); }
    QDateTime endTime() const { return answerTime().addSecs(billsec); }
    QString spelledCustomer() const;
};

struct DemoOutcome {
    int call = 0;
    QString result; // Успешно, Отказ, Перезвонить
    QDateTime due;  // only for callbacks
    CallbackPlan plan = CallbackPlan::None;
    QString phoneTyped;
    QString comment;
};

struct DemoReview {
    int call = 0;
    QDateTime submitted;
    QVector<std::pair<QString, QString>> answers; // item id, pass/fail/na
    QString comment;
};

struct DemoScenario {
    QVector<DemoManager> managers;
    QVector<DemoCall> calls;
    QVector<DemoOutcome> outcomes;
    QVector<DemoReview> reviews;
};

} // namespace callscore::demo
