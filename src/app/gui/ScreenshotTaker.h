#pragma once

#include <QObject>
#include <QSize>
#include <QString>
#include <QTimer>

namespace callscore {

class MainWindow;

// Drives the window for `callscore --screenshot`: once the queue has loaded
// it opens the first call on the Review page, waits until the player knows
// the recording's length or reports an error (never longer than a few
// seconds), shows the page asked for, grabs the window and saves the picture.
class ScreenshotTaker : public QObject
{
    Q_OBJECT

public:
    ScreenshotTaker(MainWindow& window, const QString& path, int page, QObject* parent = nullptr);

    static constexpr int kPlayerWaitMs = 3000;
    static constexpr int kQueueWaitMs = 30000;
    static QSize windowSize() { return {1280, 860}; }

Q_SIGNALS:
    // 0 when the picture was saved; the reason is on stderr otherwise.
    void finished(int exitCode);

private:
    void onQueueLoaded(int calls);
    void capture();
    void finish(int exitCode, const QString& message);

    MainWindow& m_window;
    QString m_path;
    int m_page;
    bool m_pageShown = false;
    QTimer m_deadline;
    bool m_done = false;
};

} // namespace callscore
