package hu.webshopsync.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.host.db.DatabaseException;
import hu.webshopsync.host.modules.SecretRedactor;
import hu.webshopsync.host.secrets.UnreadableSecretsException;
import hu.webshopsync.host.text.Texts;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The top-level error handler: the real cause, redacted, in one line, never a stack trace. */
class ErrorMessageTest {

    @Test
    void theUserReadsTheRealCauseDownTheChainWithSecretsMasked() {
        SecretRedactor redactor = new SecretRedactor();
        redactor.remember(List.of("cs_leaked_secret"));
        Exception e = new DatabaseException("saving module webshop",
                new SQLException("Value too long for column SECRET_VALUE: 'cs_leaked_secret'"));

        String shown = HostMain.errorMessage(e, Texts.cli(Locale.ENGLISH), redactor);

        assertThat(shown).contains("saving module webshop").contains("Value too long for column SECRET_VALUE")
                .contains("SQLException").doesNotContain("cs_leaked_secret").doesNotContain("\n");
    }

    @Test
    void unreadableSecretsAreFoundInsideWrappingExceptions() {
        Exception e = new IllegalStateException("plugin failed",
                new UnreadableSecretsException("webshop", List.of("consumerSecret")));

        assertThat(HostMain.errorMessage(e, Texts.cli(Locale.ENGLISH), new SecretRedactor()))
                .contains("Re-enter the secrets").contains("consumerSecret");
    }
}
