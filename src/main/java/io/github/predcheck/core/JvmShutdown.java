package io.github.predcheck.core;

/**
 * Whether the JVM is shutting down (Ctrl-C ends Maven that way): work still running then must not
 * write anything it would leave half done or half true, such as goldens recorded from an API that
 * the shutdown is stopping.
 */
public final class JvmShutdown {
  private static volatile boolean started;

  static {
    try {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> started = true, "predcheck-shutdown"));
    } catch (IllegalStateException alreadyShuttingDown) {
      started = true;
    }
  }

  private JvmShutdown() {}

  /** Call once before the work that must not outlive a shutdown: it starts the watch. */
  public static void watch() {
    // Loading this class registered the hook.
  }

  public static boolean started() {
    return started;
  }
}
