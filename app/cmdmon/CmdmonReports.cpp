#include "CmdmonReports.h"

using namespace Qt::StringLiterals;

QString TrackingReport::referenceIdHex() const
{
    return u"%1"_s.arg(referenceId, 8, 16, QChar(u'0')).toUpper();
}

QString TrackingReport::referenceName() const
{
    if (referenceAddress.family == CmdmonWire::Address::Family::Unspecified)
        return referenceIdText(referenceId);
    return referenceAddress.toString();
}

QChar SourceReport::modeChar() const
{
    switch (mode) {
    case Mode::Client:
        return u'^';
    case Mode::Peer:
        return u'=';
    case Mode::ReferenceClock:
        return u'#';
    }
    return u' ';
}

QChar SourceReport::stateChar() const
{
    switch (state) {
    case State::Selected:
        return u'*';
    case State::NonSelectable:
        return u'?';
    case State::Falseticker:
        return u'x';
    case State::Jittery:
        return u'~';
    case State::Unselected:
        return u'+';
    case State::Selectable:
        return u'-';
    }
    return u' ';
}

QString SourceReport::name() const
{
    // Reference clocks carry their refid ("PPS0") in an IPv4 address.
    if (mode == Mode::ReferenceClock && address.family == CmdmonWire::Address::Family::Inet4)
        return referenceIdText(address.ip.toIPv4Address());
    return address.toString();
}

QString SourceStatsReport::name() const
{
    if (address.family == CmdmonWire::Address::Family::Unspecified)
        return referenceIdText(referenceId);
    return address.toString();
}
