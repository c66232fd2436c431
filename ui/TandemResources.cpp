#include "TandemResources.h"

#include <QtCore/qresource.h>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerTandemQrc()
{
    Q_INIT_RESOURCE(tandem);
}

void initTandemResources()
{
    static const bool done = (registerTandemQrc(), true);
    Q_UNUSED(done);
}
