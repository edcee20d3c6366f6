/* true: exits with status 0 (userland utility; POSIX). */
int main(void)
{
    return 0;
}
