#include "RecordingIndex.h"

#include "ImportLog.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace callscore {

namespace {

const QStringList& audioPatterns()
{
    static const QStringList patterns = {
        QStringLiteral("*.wav"),  QStringLiteral("*.mp3"),  QStringLiteral("*.ogg"),
        QStringLiteral("*.opus"), QStringLiteral("*.flac"), QStringLiteral("*.gsm"),
    };
    return patterns;
}

} // namespace

int RecordingIndex::scan(const QString& folder)
{
    m_exact.clear();
    m_suffixes.clear();

    QStringList paths;
    QDirIterator it(folder, audioPatterns(), QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext())
        paths.append(QFileInfo(it.next()).absoluteFilePath());
    // Sorted so that two files of one call always resolve to the same one.
    std::sort(paths.begin(), paths.end());

    for (const QString& path : paths)
        add(QFileInfo(path).completeBaseName(), path);
    m_fileCount = int(paths.size());
    qCInfo(lcImport) << "indexed" << m_fileCount << "recordings under" << folder;
    return m_fileCount;
}

void RecordingIndex::add(const QString& stem, const QString& path)
{
    static const QRegularExpression freePbxName(QStringLiteral("-\\d{8}-\\d{6}-(.+)$"));
    const auto match = freePbxName.match(stem);
    if (match.hasMatch()) {
        // The id is known exactly; shorter suffixes of it could name another call.
        if (!m_exact.contains(match.captured(1)))
            m_exact.insert(match.captured(1), path);
        return;
    }

    m_suffixes[stem].append(path);
    for (qsizetype dash = stem.indexOf(QLatin1Char('-')); dash >= 0;
         dash = stem.indexOf(QLatin1Char('-'), dash + 1)) {
        m_suffixes[stem.mid(dash + 1)].append(path);
    }
}

QString RecordingIndex::find(const QString& callId) const
{
    if (callId.isEmpty())
        return {};

    const auto exact = m_exact.constFind(callId);
    if (exact != m_exact.constEnd())
        return *exact;

    const auto suffix = m_suffixes.constFind(callId);
    return suffix != m_suffixes.constEnd() ? suffix->constFirst() : QString();
}

QString RecordingIndex::find(const QStringList& callIds) const
{
    for (const QString& id : callIds) {
        const QString path = find(id);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

} // namespace callscore
