/* kill, the program (userland utility): see kill_command.h. */
#include "kill_command.h"

int main(int argc, char **argv)
{
    return kill_command(argc, argv);
}
