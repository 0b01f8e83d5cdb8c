package io.github.predcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.MaskedMap;
import io.github.predcheck.run.CheckConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <serverId>}: a settings.xml server's password as the Authorization header. */
class ServerIdTest {
  private static final String TOKEN = "model-token-5d2e71";

  @TempDir Path dir;
  CheckMojo mojo;

  @BeforeEach
  void defaults() {
    mojo = TestMojos.check(dir);
    mojo.settings = new Settings();
    mojo.userSettingsFile = dir.resolve("user-settings.xml").toFile();
    mojo.globalSettingsFile = dir.resolve("global-settings.xml").toFile();
  }

  private void server(String id, String username, String password) {
    Server s = new Server();
    s.setId(id);
    s.setUsername(username);
    s.setPassword(password);
    mojo.settings.addServer(s);
  }

  private String authorization() throws ConfigurationException {
    return ConfigFactory.create(mojo).request().headers().get("Authorization");
  }

  private String message() {
    try {
      ConfigFactory.create(mojo);
    } catch (ConfigurationException e) {
      return PomNames.render(e.getMessage());
    }
    throw new AssertionError("no configuration error");
  }

  @Test
  void aPasswordAloneIsABearerTokenThatNeverPrints() throws Exception {
    server("models", null, TOKEN);
    mojo.serverId = "models";
    CheckConfig c = ConfigFactory.create(mojo);
    assertThat(c.request().headers().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(String.valueOf(c.request())).doesNotContain(TOKEN);
    assertThat(c.request().headers()).hasToString("{Authorization=***}");
  }

  @Test
  void aUserNameMakesItBasicAuthentication() throws Exception {
    server("gateway", "ci-bot", TOKEN);
    mojo.serverId = "gateway";
    String header = authorization();
    assertThat(header).startsWith("Basic ");
    assertThat(new String(Base64.getDecoder().decode(header.substring(6))))
        .isEqualTo("ci-bot:" + TOKEN);
  }

  @Test
  void otherHeadersAreKeptBesideIt() throws Exception {
    server("models", null, TOKEN);
    mojo.serverId = "models";
    mojo.headers = new MaskedMap();
    mojo.headers.put("X-Model-Version", "3");
    assertThat(ConfigFactory.create(mojo).request().headers())
        .containsEntry("X-Model-Version", "3")
        .containsEntry("Authorization", "Bearer " + TOKEN);
  }

  @Test
  void anEncryptedPasswordIsDecryptedWithTheMasterPassword() throws Exception {
    String master = "master-pw-91c3";
    Files.writeString(
        dir.resolve("settings-security.xml"), SettingsDecrypters.settingsSecurity(master));
    String encrypted = SettingsDecrypters.encrypt(TOKEN, master);
    assertThat(encrypted).startsWith("{").doesNotContain(TOKEN);
    server("models", null, encrypted);
    mojo.serverId = "models";
    assertThat(authorization()).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void aWrongMasterPasswordSaysWhereTheMasterPasswordIs() throws Exception {
    Files.writeString(
        dir.resolve("settings-security.xml"), SettingsDecrypters.settingsSecurity("another"));
    server("models", null, SettingsDecrypters.encrypt(TOKEN, "master-pw-91c3"));
    mojo.serverId = "models";
    assertThat(message())
        .startsWith(
            "<serverId> (-Dpredcheck.serverId) 'models': the <password> of <server> 'models'"
                + " could not be decrypted (")
        .contains("settings-security.xml", "-Dsettings.security", "mvn --encrypt-password")
        .doesNotContain(TOKEN);
  }

  @Test
  void anUnknownServerIdNamesTheSettingsFilesAndTheServersThere() {
    server("other", null, TOKEN);
    server("gateway", "u", TOKEN);
    mojo.serverId = "models";
    assertThat(message())
        .isEqualTo(
            "<serverId> (-Dpredcheck.serverId) 'models' names no <server> in the settings Maven"
                + " read: "
                + mojo.userSettingsFile
                + " or "
                + mojo.globalSettingsFile
                + " (their servers: other, gateway). Add <servers><server><id>models</id>"
                + "<password>…</password></server></servers> to one of them (mvn --encrypt-password"
                + " encrypts the password), or run Maven with -s naming the settings that have it.");
  }

  @Test
  void withoutSettingsFilesTheDefaultLocationsAreNamed() {
    mojo.serverId = "models";
    mojo.userSettingsFile = null;
    assertThat(message())
        .contains(
            Path.of(System.getProperty("user.home"), ".m2", "settings.xml").toString(),
            "(they have no <server>)");
  }

  @Test
  void aServerWithoutPasswordIsAnError() {
    server("models", "u", null);
    mojo.serverId = "models";
    assertThat(message())
        .startsWith("<serverId> (-Dpredcheck.serverId) 'models': <server> 'models' in ")
        .contains("has no <password>");
  }

  @Test
  void anAuthorizationHeaderBesideServerIdIsAConflictNotAGuess() {
    server("models", null, TOKEN);
    mojo.serverId = "models";
    mojo.headers = new MaskedMap();
    mojo.headers.put("authorization", "Bearer other");
    assertThat(message())
        .isEqualTo(
            "<serverId> (-Dpredcheck.serverId) 'models' and <headers><authorization> both set the"
                + " Authorization header: keep one. Remove <headers><authorization> to send the"
                + " password of settings.xml's <server> 'models', or remove <serverId> to send the"
                + " header as written.");
  }

  @Test
  void noServerIdLeavesTheHeadersAsConfigured() throws Exception {
    mojo.headers = new MaskedMap();
    mojo.headers.put("Authorization", "Bearer literal");
    assertThat(authorization()).isEqualTo("Bearer literal");
  }
}
