package io.github.predcheck.maven;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.MaskedMap;
import io.github.predcheck.http.Credentials;
import java.io.File;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * {@code <serverId>}: the credentials of a settings.xml {@code <server>}, decrypted as the running
 * Maven decrypts settings, sent as the {@code Authorization} header of every request, readiness
 * probes included (an API that requires a token often requires it there too).
 */
final class ServerCredentials {
  private ServerCredentials() {}

  /** The headers with the server's {@code Authorization}; the headers as they are without one. */
  static Map<String, String> withAuthorization(AbstractApiMojo m, Map<String, String> headers)
      throws ConfigurationException {
    if (m.serverId == null || m.serverId.isBlank()) {
      return headers;
    }
    String id = m.serverId.strip();
    for (String name : headers.keySet()) {
      // Two sources for one header: neither silently wins, the user keeps the one meant.
      if (name.equalsIgnoreCase(Credentials.HEADER)) {
        throw new ConfigurationException(
            where(id)
                + " and <headers><"
                + name
                + "> both set the Authorization header: keep one. Remove <headers><"
                + name
                + "> to send the password of settings.xml's <server> '"
                + id
                + "', or remove <serverId> to send the header as written.");
      }
    }
    Credentials credentials = credentials(m, id);
    MaskedMap out = new MaskedMap();
    out.putAll(headers);
    out.put(Credentials.HEADER, credentials.authorization());
    return Collections.unmodifiableMap(out);
  }

  private static Credentials credentials(AbstractApiMojo m, String id)
      throws ConfigurationException {
    Server server = m.settings == null ? null : m.settings.getServer(id);
    if (server == null) {
      throw new ConfigurationException(
          where(id)
              + " names no <server> in the settings Maven read: "
              + settingsFiles(m)
              + " ("
              + serverIds(m.settings)
              + "). Add <servers><server><id>"
              + id
              + "</id><password>…</password></server></servers> to one of them (mvn"
              + " --encrypt-password encrypts the password), or run Maven with -s naming the"
              + " settings that have it.");
    }
    SettingsDecryptionResult result =
        m.settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    List<SettingsProblem> problems = result.getProblems();
    if (problems != null && !problems.isEmpty()) {
      throw new ConfigurationException(
          where(id)
              + ": the <password> of <server> '"
              + id
              + "' could not be decrypted ("
              + problems.get(0).getMessage()
              + "). Check the master password in settings-security.xml (~/.m2/settings-security.xml,"
              + " or the file -Dsettings.security names) and encrypt the password again with mvn"
              + " --encrypt-password.");
    }
    Server decrypted = result.getServer();
    String password = decrypted.getPassword();
    if (password == null || password.isEmpty()) {
      throw new ConfigurationException(
          where(id)
              + ": <server> '"
              + id
              + "' in "
              + settingsFiles(m)
              + " has no <password>; predcheck sends it as the Authorization header (Bearer, or"
              + " Basic with a <username>). Add <password>…</password> to that <server>.");
    }
    return new Credentials(decrypted.getUsername(), password);
  }

  private static String where(String id) {
    return "<serverId> (-D" + UserProperties.SERVER_ID + ") '" + id + "'";
  }

  /** The user and global settings files of this run ({@code -s}, {@code -gs} or the defaults). */
  private static String settingsFiles(AbstractApiMojo m) {
    File user =
        m.userSettingsFile != null
            ? m.userSettingsFile
            : new File(System.getProperty("user.home"), ".m2/settings.xml");
    File global =
        m.globalSettingsFile != null
            ? m.globalSettingsFile
            : new File(System.getProperty("maven.home", "${maven.home}"), "conf/settings.xml");
    return user + " or " + global;
  }

  private static String serverIds(Settings settings) {
    List<String> ids =
        settings == null ? List.of() : settings.getServers().stream().map(Server::getId).toList();
    return ids.isEmpty() ? "they have no <server>" : "their servers: " + String.join(", ", ids);
  }
}
