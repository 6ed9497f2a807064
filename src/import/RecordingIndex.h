#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace callscore {

// The audio files under a recordings folder, looked up by a call's id.
// FreePBX names a recording `<kind>-<party>-<party>-<YYYYMMDD>-<HHMMSS>-<uniqueid>.wav`
// (kinds: in, out, q, external, ...) and files it under `YYYY/MM/DD/`; other
// PBXs at least end the name with `-<id>`. Ids themselves may contain `-` and
// `.` (`mainserverdss-1706420300.0`): a FreePBX name is indexed by the whole
// id after its date and time, any other name under every suffix after a `-`.
class RecordingIndex
{
public:
    RecordingIndex() = default;

    // Scans `folder` recursively; returns the number of audio files found.
    int scan(const QString& folder);

    // The absolute path of the recording of the first id that has one, or empty.
    QString find(const QStringList& callIds) const;
    QString find(const QString& callId) const;

    int fileCount() const { return m_fileCount; }

private:
    void add(const QString& stem, const QString& path);

    // Id parsed after the FreePBX date and time -> path.
    QHash<QString, QString> m_exact;
    // Every `-`-separated suffix of a name -> the paths ending with it.
    QHash<QString, QStringList> m_suffixes;
    int m_fileCount = 0;
};

} // namespace callscore
