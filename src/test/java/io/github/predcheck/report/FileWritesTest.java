package io.github.predcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FileWritesTest {
  @Test
  void twoFilesAreWrittenAtOnce() throws Exception {
    CountDownLatch both = new CountDownLatch(2);
    FileWrites.Write meetTheOther =
        () -> {
          both.countDown();
          try {
            if (!both.await(30, TimeUnit.SECONDS)) {
              throw new IOException("the other write did not start alongside");
            }
          } catch (InterruptedException e) {
            throw new IOException(e);
          }
        };
    FileWrites.all(List.of(meetTheOther, meetTheOther));
    assertThat(both.getCount()).isZero();
  }

  @Test
  void aFailedWriteStopsNoOtherAndIsThrownFirst() {
    ConcurrentLinkedQueue<String> written = new ConcurrentLinkedQueue<>();
    assertThatThrownBy(
            () ->
                FileWrites.all(
                    List.of(
                        () -> {
                          throw new IOException("disk full: report.html");
                        },
                        () -> written.add("junit"),
                        () -> {
                          throw new UncheckedIOException(new IOException("disk full: summary"));
                        },
                        () -> written.add("results"))))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full: report.html")
        .satisfies(
            e ->
                assertThat(e.getSuppressed())
                    .extracting(Throwable::getMessage)
                    .containsExactly("disk full: summary"));
    assertThat(written).containsExactlyInAnyOrder("junit", "results");
  }
}
