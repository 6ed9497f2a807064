#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace callscore {

enum class StaffRole { Manager, Reviewer, Supervisor };

QString staffRoleName(StaffRole role);
std::optional<StaffRole> staffRoleFromName(const QString& name);

struct StaffMember {
    QString name;
    StaffRole role = StaffRole::Manager;
    QStringList extensions;
    QString team;
    bool teamLeader = false;
    QDate startDate;
};

// One call as the PBX saw it, all of its legs folded together. Times are UTC.
struct CallRecord {
    QString callId; // the PBX id of the whole call (Asterisk: linkedid)
    QDateTime startUtc;
    QString direction;      // "in" or "out"
    QString customer;       // E.164 where valid, else the digits as dialled
    QString agentExtension; // extension of the agent who answered or dialled
    int durationS = 0;
    int billsec = 0;
    QString disposition; // ANSWERED, NO ANSWER, BUSY, FAILED
    QString recording;   // local path or URL, empty when none was found
    int legs = 1;        // PBX rows folded into this call; more legs is a fuller view
    QString manager;     // filled in when read back: staff owning agentExtension
    QString sourceFile;
};

enum class OutcomeKind { Success, Refusal, Callback, Other };

QString outcomeKindName(OutcomeKind kind);
// Recognises English and Russian spellings ("callback", "Перезвонить", ...).
std::optional<OutcomeKind> outcomeKindFromText(const QString& text);

struct Outcome {
    QString callId; // may be empty when the CRM row had none and no call matched
    // The CRM row gave no call id and callId was found by number and time. The
    // row keeps its identity by number and time, so a re-import finds it again
    // whether or not the call had been imported before.
    bool matchedByNumber = false;
    QDateTime callTimeUtc;
    QString manager;
    QString customer; // normalized like CallRecord::customer
    OutcomeKind kind = OutcomeKind::Other;
    std::optional<QDateTime> callbackDueUtc;
    QString comment;
};

enum class Answer { Pass, Fail, NotApplicable };

QString answerName(Answer answer);
std::optional<Answer> answerFromName(const QString& name);

struct ReviewRecord {
    QString callId;
    QString reviewer;
    QString templateId;
    int templateVersion = 0;
    QDateTime submittedUtc;
    QHash<QString, Answer> answers;
    QString comment;
};

enum class CallbackStatus { Kept, Late, Missed, Pending };

QString callbackStatusName(CallbackStatus status);

} // namespace callscore
