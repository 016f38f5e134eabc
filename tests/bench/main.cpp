// shegong-bench: storage figures run anywhere; map figures need an X server with GL:
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/bin/shegong-bench
#include <QApplication>
#include <QSurfaceFormat>
#include <benchmark/benchmark.h>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // GL benchmarks then skip themselves
    // The same surface as the application (src/app/main.cpp).
    QSurfaceFormat format;
    format.setProfile(QSurfaceFormat::CompatibilityProfile);
    format.setDepthBufferSize(24);
    format.setSamples(qEnvironmentVariableIntValue("SHEGONG_MSAA"));
    QSurfaceFormat::setDefaultFormat(format);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
