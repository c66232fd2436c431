// tandem-helper-firewall-open: opens UDP 123 or 323 for one peer address in the firewall that
// manages this system, with a rule the helper builds itself, and checks again. Its own polkit action
// (io.github.tandemtime.Tandem.firewall-open): opening the firewall is a decision apart from
// configuring chrony.
#include "privileged/HelperProgram.h"

int main(int argc, char* argv[])
{
    HelperProgram::sanitizeEnvironment();
    return HelperProgram::run(argc, argv, HelperProgram::Entry::FirewallOpenOnly);
}
