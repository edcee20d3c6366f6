/* false: exits with status 1 (userland utility; POSIX). */
int main(void)
{
    return 1;
}
