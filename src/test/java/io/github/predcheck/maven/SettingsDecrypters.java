package io.github.predcheck.maven;

import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.cipher.PlexusCipherException;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/**
 * Maven's own settings decrypter, the classes of the oldest Maven the plugin supports, wired as
 * Maven wires it, with the master password read from the given settings-security.xml.
 */
final class SettingsDecrypters {
  private SettingsDecrypters() {}

  static SettingsDecrypter maven(Path settingsSecurity) {
    return new DefaultSettingsDecrypter(new Dispatcher(settingsSecurity));
  }

  /** Maven's {@code "maven"} SecDispatcher: the cipher and the file that Plexus would inject. */
  private static final class Dispatcher extends DefaultSecDispatcher {
    Dispatcher(Path settingsSecurity) {
      try {
        _cipher = new DefaultPlexusCipher();
      } catch (PlexusCipherException e) {
        throw new IllegalStateException(e);
      }
      _decryptors = Map.of();
      setConfigurationFile(settingsSecurity.toString());
    }
  }

  /** A value as {@code mvn --encrypt-password} (with master) writes it: {@code {…}}. */
  static String encrypt(String plain, String master) throws PlexusCipherException {
    return new DefaultPlexusCipher().encryptAndDecorate(plain, master);
  }

  /** settings-security.xml as {@code mvn --encrypt-master-password} writes it. */
  static String settingsSecurity(String master) throws PlexusCipherException {
    return "<settingsSecurity><master>"
        + encrypt(master, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
        + "</master></settingsSecurity>\n";
  }
}
