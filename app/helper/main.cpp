// tandem-helper: the only part of Tandem that runs as root (through pkexec, polkit action
// io.github.tandemtime.Tandem.configure). Everything it does is in app/privileged/.
#include "privileged/HelperProgram.h"

int main(int argc, char* argv[])
{
    HelperProgram::sanitizeEnvironment();
    return HelperProgram::run(argc, argv, HelperProgram::Entry::Configure);
}
