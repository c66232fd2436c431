#include "Loopback.h"

bool isLoopbackAddress(const QHostAddress& address)
{
    return address.isLoopback();
}
