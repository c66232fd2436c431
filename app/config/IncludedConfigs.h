#pragma once

#include "ConfFile.h"

#include <QList>

// The other files chronyd reads when it reads a config: `confdir DIR...` (every *.conf, in byte
// order of the names, a name found in an earlier directory hiding the same name in later ones) and
// `include PATTERN` (a glob). Tandem edits only chrony.conf, so what these files add, online
// sources above all, stays in effect whatever Tandem writes; the wizard and lint must see them.
namespace IncludedConfigs {

struct Included
{
    ConfFile file;    // parsed, named by its path
    ConfDirective by; // the confdir/include line of the main file that brings it in
};

// Reads the included files of `main` as chronyd would find them now (paths as written, so a lab's
// config reads the lab's files). Files that cannot be read are left out, as chronyd leaves out a
// missing confdir; nested confdir/include lines inside included files are not followed.
QList<Included> read(const ConfFile& main);

} // namespace IncludedConfigs
