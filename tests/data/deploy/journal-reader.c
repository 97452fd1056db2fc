/* Reads the system journal through libsystemd the way podpulse does (sd_journal_open, local
 * only) and prints the number of entries. Built on the host, run inside the podpulse image by
 * tests/deploy_image.rs to prove the image's libsystemd reads this host's journal files. */
#include <stdio.h>
#include <systemd/sd-journal.h>

int main(void) {
    sd_journal *j;
    int r = sd_journal_open(&j, SD_JOURNAL_LOCAL_ONLY);
    if (r < 0) {
        fprintf(stderr, "sd_journal_open: %d\n", r);
        return 1;
    }
    long n = 0;
    SD_JOURNAL_FOREACH(j) {
        n++;
    }
    printf("entries=%ld\n", n);
    sd_journal_close(j);
    return n > 0 ? 0 : 2;
}
