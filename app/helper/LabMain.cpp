// tandem-lab-helper: the helper core for a lab system (--root DIR/systemN): apply, restore and
// sync-now, run by the lab's owner without a password. No polkit action names it, and it refuses to
// run through pkexec or setuid; it is the only helper program that links the lab's code.
#include "labhelper/LabHelperTarget.h"
#include "privileged/HelperProgram.h"

int main(int argc, char* argv[])
{
    HelperProgram::sanitizeEnvironment();
    return HelperProgram::run(argc, argv, HelperProgram::Entry::Lab, &LabHelperTarget::forRoot);
}
