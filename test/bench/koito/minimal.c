/* The minimal static program of the KOITO benchmark suite: it starts and exits with 0. */
int main(void)
{
    return 0;
}
