package io.github.predcheck.lifecycle;

/**
 * Stops what an execution started if the JVM ends first: Ctrl-C ends Maven through the JVM's
 * shutdown, and no API (nor a baseline's work tree) may outlive the build.
 */
public final class ShutdownGuard {
  private final Thread hook;

  public ShutdownGuard(String name, Runnable stop) {
    this.hook = new Thread(stop, name);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The build stopped the API itself, or keeps it running on purpose. */
  public void release() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: nothing to remove
    }
  }
}
