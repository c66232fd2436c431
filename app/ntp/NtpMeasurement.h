#pragma once

#include "NtpPacket.h"
#include "util/ReferenceId.h"

#include <QHostAddress>
#include <QString>

// What one client/server exchange tells about a server: what chronyd -Q reports, without root.
struct NtpMeasurement
{
    QHostAddress server;
    quint16 port = 0;
    // RFC 5905 offset: positive means the server's clock is ahead of ours.
    double offset = 0.0;
    double delay = 0.0;
    int leap = 0;
    int version = 0;
    int stratum = 0;
    int poll = 0;
    int precision = 0; // log2 seconds
    double rootDelay = 0.0;
    double rootDispersion = 0.0;
    quint32 referenceId = 0;

    bool synchronised() const { return leap != NtpPacket::LeapUnsynchronised; }
    double precisionSeconds() const;
    QString referenceText() const;
    QString leapText() const;

    // sent and received are our clock's readings when the request left and the reply arrived
    // (T1 and T4); the reply carries the server's T2 (receive) and T3 (transmit).
    static NtpMeasurement fromExchange(const NtpPacket& reply, quint64 sent, quint64 received);
};
