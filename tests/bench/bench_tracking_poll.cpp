// Cost of one TRACKING poll of a real chronyd (a throwaway lab, on loopback), three ways:
//   (a) Tandem's CmdmonClient, polls back to back in one process and one event loop;
//   (b) `chronyc -c -h ADDR -p PORT tracking`, one process per poll (what a naive GUI would do);
//   (c) a bare blocking UDP round trip with a pre-built padded TRACKING request (the floor).
// Prints wall and CPU time per poll (getrusage of this process + reaped children) and the ratios.
// Goal: (a) >= 50x cheaper than (b), and within 1.5x of (c). Not a test: never registered with ctest.
#include "cmdmon/CmdmonClient.h"
#include "cmdmon/CmdmonRequest.h"
#include "lab/Lab.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <arpa/inet.h>
#include <cstdio>
#include <functional>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

double cpuSeconds()
{
    double total = 0;
    for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage usage{};
        getrusage(who, &usage);
        total += double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                 double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    return total;
}

struct Figures
{
    QString name;
    int polls = 0;
    int failures = 0;
    double wallPerPoll = 0; // s
    double cpuPerPoll = 0;  // s
};

// Runs `pollOnce` `polls` times back to back; pollOnce calls done(ok) when its poll is over.
Figures measure(const QString& name, int polls, const std::function<void(std::function<void(bool)>)>& pollOnce)
{
    Figures figures;
    figures.name = name;
    figures.polls = polls;
    QEventLoop loop;
    int remaining = polls;
    std::function<void()> next;
    next = [&]() {
        pollOnce([&](bool ok) {
            if (!ok)
                ++figures.failures;
            if (--remaining > 0)
                next();
            else
                loop.quit();
        });
    };
    const double cpuStart = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(0, &loop, next);
    loop.exec();
    figures.wallPerPoll = double(wall.nsecsElapsed()) / 1e9 / polls;
    figures.cpuPerPoll = (cpuSeconds() - cpuStart) / polls;
    return figures;
}

QString duration(double seconds)
{
    if (seconds < 1e-3)
        return u"%1 µs"_s.arg(seconds * 1e6, 0, 'f', 1);
    return u"%1 ms"_s.arg(seconds * 1e3, 0, 'f', 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int polls = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    const int processPolls = qMax(10, polls / 40);

    QTemporaryDir directory;
    LabSettings settings;
    settings.directory = directory.path();
    // Its own loopback pair and ports, away from the defaults and from the tests' 127.A.B.x range.
    settings.serverAddress = QHostAddress(u"127.254.77.2"_s);
    settings.clientAddress = QHostAddress(u"127.254.77.3"_s);
    settings.ntpPort = 29123;
    settings.cmdPort = 29124;
    Lab lab(settings);
    QEventLoop startLoop;
    QString failure;
    QObject::connect(&lab, &Lab::started, &startLoop, &QEventLoop::quit);
    QObject::connect(&lab, &Lab::failed, &startLoop, [&](const QString& reason) {
        failure = reason;
        startLoop.quit();
    });
    lab.start();
    startLoop.exec();
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "bench_tracking_poll: the lab did not start: %s\n", qPrintable(failure));
        return 1;
    }
    // System 2, from 127.0.0.1 (the kernel's source for 127.x): localhost is exempt from chronyd's
    // command rate limit, and chronyc does the same.
    const LabSystemInfo target = lab.system2();

    CmdmonEndpoint endpoint;
    endpoint.host = target.address;
    endpoint.port = target.cmdPort;
    CmdmonClient client(endpoint);
    // Warm up (socket creation, first allocation) before measuring.
    measure(u"warm-up"_s, 20, [&](std::function<void(bool)> done) {
        client.tracking()->then(&client, [done](const auto& call) { done(call.result().ok()); });
    });
    auto pollTandem = [&](std::function<void(bool)> done) {
        client.tracking()->then(&client, [done](const auto& call) { done(call.result().ok()); });
    };

    const QStringList chronycArguments{
        u"-c"_s, u"-h"_s, target.address.toString(), u"-p"_s, QString::number(target.cmdPort), u"tracking"_s};
    auto pollChronyc = [&](std::function<void(bool)> done) {
        auto* process = new QProcess;
        process->setStandardOutputFile(QProcess::nullDevice());
        QObject::connect(process, &QProcess::finished, process, [process, done](int code, QProcess::ExitStatus status) {
            process->deleteLater();
            done(status == QProcess::NormalExit && code == 0);
        });
        process->start(u"chronyc"_s, chronycArguments);
    };

    // The floor: one socket, one pre-built datagram, blocking send and receive.
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in daemon{};
    daemon.sin_family = AF_INET;
    daemon.sin_port = htons(target.cmdPort);
    daemon.sin_addr.s_addr = htonl(target.address.toIPv4Address());
    timeval receiveTimeout{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &receiveTimeout, sizeof(receiveTimeout));
    const QByteArray request = CmdmonRequest::tracking().toDatagram(0x5EED, 0);
    auto pollBare = [&](std::function<void(bool)> done) {
        char reply[1024];
        ::sendto(fd, request.constData(), size_t(request.size()), 0, reinterpret_cast<const sockaddr*>(&daemon),
                 sizeof(daemon));
        const ssize_t received = ::recv(fd, reply, sizeof(reply), 0);
        done(received == 104);
    };

    // Interleaved rounds, best round per method: the machine is shared, and a one-off hiccup (another
    // process, a frequency change) should not decide the figures.
    constexpr int Rounds = 5;
    Figures tandem, chronyc, bare;
    auto keepBest = [](Figures& best, const Figures& round) {
        if (best.polls == 0 || round.wallPerPoll < best.wallPerPoll)
            best = round;
    };
    for (int round = 0; round < Rounds; ++round) {
        keepBest(tandem, measure(u"tandem client"_s, polls / Rounds, pollTandem));
        keepBest(bare, measure(u"bare UDP"_s, polls / Rounds, pollBare));
        keepBest(chronyc, measure(u"chronyc process"_s, qMax(2, processPolls / Rounds), pollChronyc));
    }
    ::close(fd);

    std::printf("TRACKING poll of chronyd at %s:%u (lab System 2)\n", qPrintable(target.address.toString()),
                unsigned(target.cmdPort));
    std::printf("best of %d interleaved rounds\n%-16s %7s %9s %14s %14s\n", Rounds, "method", "polls", "failures",
                "wall/poll", "cpu/poll");
    for (const Figures& f : {tandem, chronyc, bare})
        std::printf("%-16s %7d %9d %14s %14s\n", qPrintable(f.name), f.polls, f.failures,
                    qPrintable(duration(f.wallPerPoll)), qPrintable(duration(f.cpuPerPoll)));
    const double chronycWall = chronyc.wallPerPoll / tandem.wallPerPoll;
    const double chronycCpu = chronyc.cpuPerPoll / tandem.cpuPerPoll;
    const double bareWall = tandem.wallPerPoll / bare.wallPerPoll;
    const double bareCpu = tandem.cpuPerPoll / bare.cpuPerPoll;
    std::printf("chronyc / tandem: wall %.1fx, cpu %.1fx (goal >= 50x): %s\n", chronycWall, chronycCpu,
                chronycWall >= 50 && chronycCpu >= 50 ? "met" : "NOT met");
    std::printf("tandem / bare UDP: wall %.2fx, cpu %.2fx (goal <= 1.5x): %s\n", bareWall, bareCpu,
                bareWall <= 1.5 && bareCpu <= 1.5 ? "met" : "NOT met");
    return 0;
}
