#pragma once

#include "CmdmonEndpoint.h"
#include "CmdmonTransport.h"

class QUdpSocket;

// UDP to chronyd's command port. Replies from any other address or port are dropped here: only the
// daemon we asked may answer.
class UdpCmdmonTransport : public CmdmonTransport
{
    Q_OBJECT
public:
    explicit UdpCmdmonTransport(const CmdmonEndpoint& endpoint, QObject* parent = nullptr);

    Status open() override;
    Status send(const QByteArray& datagram) override;

private:
    void readPending();

    const CmdmonEndpoint m_endpoint;
    QUdpSocket* m_socket = nullptr;
};
