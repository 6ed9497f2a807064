#include "TestSupport.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtMath>

namespace callscore::testing {

QString sharedDataPath(const QString& relative)
{
    return QDir(QStringLiteral(CALLSCORE_SHARED_DATA)).filePath(relative);
}

QString sourcePath(const QString& relative)
{
    return QDir(QStringLiteral(CALLSCORE_SOURCE_DIR)).filePath(relative);
}

QString cliPath()
{
    return QStringLiteral(CALLSCORE_CLI);
}

QString writeFile(const QString& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(folder).filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

bool writeToneWav(const QString& path, qint64 ms, int sampleRate, int amplitude)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;

    const quint32 samples = static_cast<quint32>(sampleRate * ms / 1000);
    const quint32 dataBytes = samples * 2;
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + dataBytes);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << quint32(sampleRate) << quint32(sampleRate * 2)
        << quint16(2) << quint16(16);
    out.writeRawData("data", 4);
    out << quint32(dataBytes);
    for (quint32 i = 0; i < samples; ++i) {
        const double phase = 2.0 * M_PI * 440.0 * i / sampleRate;
        out << qint16(qRound(amplitude * qSin(phase)));
    }
    return out.status() == QDataStream::Ok;
}

} // namespace callscore::testing
