// The baseline of bench_checkout: a bare Qt Widgets window of PayDesk's size, nothing in it
// (with --text: one label).
// Prints "PAYDESK_BENCH window 0 <steady-clock µs>" after its first frame, then quits: the
// same measurement ui/BenchProbe makes on PayDesk's main window.
#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace {

class BareWindow : public QWidget
{
protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // After this paint and its flush, as in BenchProbe.
            QTimer::singleShot(0, this, [] {
                const auto us = std::chrono::duration_cast<std::chrono::microseconds>(
                                    std::chrono::steady_clock::now().time_since_epoch())
                                    .count();
                std::printf("PAYDESK_BENCH window 0 %lld\nPAYDESK_BENCH done 0 %lld\n",
                            static_cast<long long>(us), static_cast<long long>(us));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QWidget::event(event);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // As BenchProbe: the time QApplication exists, to tell library loading from the rest.
    std::printf("PAYDESK_BENCH probe 0 %lld\n",
                static_cast<long long>(std::chrono::duration_cast<std::chrono::microseconds>(
                                           std::chrono::steady_clock::now().time_since_epoch())
                                           .count()));
    BareWindow window;
    window.setWindowTitle(QStringLiteral("bare window"));
    window.resize(1280, 800);
    // --text: one label, so the window pays for the font set-up as every window with text does.
    if (app.arguments().contains(QStringLiteral("--text"))) {
        auto *label = new QLabel(QStringLiteral("PayDesk 페이데스크 ₩12,000"), &window);
        label->move(24, 24);
    }
    window.show();
    return app.exec();
}
