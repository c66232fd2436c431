// tandem-helper-firewall-check: reads this system's firewall (as root: nft's ruleset needs
// CAP_NET_ADMIN) and says whether it lets one peer's datagram to UDP 123 or 323 in. Changes nothing;
// its own polkit action (io.github.tandemtime.Tandem.firewall-check) so a site can grant it alone.
#include "privileged/HelperProgram.h"

int main(int argc, char* argv[])
{
    HelperProgram::sanitizeEnvironment();
    return HelperProgram::run(argc, argv, HelperProgram::Entry::FirewallCheckOnly);
}
