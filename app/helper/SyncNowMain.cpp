// tandem-helper-sync-now: the same helper core, accepting only sync-now requests, so that polkit
// can grant "step the clock now" (io.github.tandemtime.Tandem.sync-now) apart from changing the
// configuration: pkexec binds an action to a program path.
#include "privileged/HelperProgram.h"

int main(int argc, char* argv[])
{
    HelperProgram::sanitizeEnvironment();
    return HelperProgram::run(argc, argv, HelperProgram::Entry::SyncNowOnly);
}
