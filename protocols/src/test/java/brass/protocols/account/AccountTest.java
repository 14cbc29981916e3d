package brass.protocols.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void hashesAreSaltedAndVerify() {
        String a = hasher.hash("correct horse");
        String b = hasher.hash("correct horse");
        assertThat(a).startsWith("pbkdf2-sha256$1000$").isNotEqualTo(b);
        assertThat(hasher.verify("correct horse", a)).isTrue();
        assertThat(hasher.verify("correct horse", b)).isTrue();
        assertThat(hasher.verify("wrong horse", a)).isFalse();
    }

    @Test
    void hashesRecordTheirIterationCount() {
        String old = new PasswordHasher(2_000).hash("pw");
        assertThat(hasher.verify("pw", old)).isTrue();
    }

    @Test
    void malformedHashesNeverVerify() {
        for (String bad : new String[] {null, "", "plain", "pbkdf2-sha256$x$y$z", "md5$1$AA$AA", "pbkdf2-sha256$10$!!$AA"}) {
            assertThat(hasher.verify("pw", bad)).as(String.valueOf(bad)).isFalse();
        }
    }

    @Test
    void aPasswordLongerThanAnyThatCanBeChosenIsNeverRightNorHashed() {
        String longest = "p".repeat(PasswordHasher.MAX_PASSWORD_LENGTH);
        String hash = hasher.hash(longest);
        assertThat(hasher.verify(longest, hash)).isTrue();
        // Not cut to its first 256 characters: a longer password is simply wrong.
        assertThat(hasher.verify(longest + "x", hash)).isFalse();
        assertThatThrownBy(() -> hasher.hash(longest + "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a password has at most 256 characters");
    }

    @Test
    void theDefaultIsTheRecommendedCount() {
        assertThat(PasswordHasher.RECOMMENDED_ITERATIONS).isGreaterThanOrEqualTo(600_000);
    }

    @Test
    void nameRules() {
        assertThat(NameRules.problem("Alice")).isEmpty();
        assertThat(NameRules.problem("Zoë")).isEmpty();
        assertThat(NameRules.problem("al")).contains("A name has 3 to 16 letters.");
        assertThat(NameRules.problem("a".repeat(17))).contains("A name has 3 to 16 letters.");
        assertThat(NameRules.problem("bob2")).contains("A name has letters only: no spaces, digits or punctuation.");
        assertThat(NameRules.problem("mary jane")).get().asString().contains("letters only");
        assertThat(NameRules.newNameProblem("NEW")).contains("'New' is a word the game uses; please pick another name.");
        assertThat(NameRules.problem("  ")).contains("A name is needed.");
        assertThat(NameRules.key(" ALICE ")).isEqualTo("alice");
        assertThat(NameRules.display("alice")).isEqualTo("Alice");
    }

    @Test
    void storeIsCaseInsensitiveAndRefusesTakenNames() {
        InMemoryAccountStore store = new InMemoryAccountStore();
        Account alice = store.create("Alice", "h").toCompletableFuture().join();
        assertThat(store.find("aLiCe").toCompletableFuture().join()).contains(alice);
        assertThatThrownBy(() -> store.create("ALICE", "h2").toCompletableFuture().join())
                .hasCauseInstanceOf(AccountStore.NameTakenException.class);
        Account withKey = alice.withPublicKeys(List.of("ssh-ed25519 AAAA alice@home"));
        store.update(withKey).toCompletableFuture().join();
        assertThat(store.find("alice").toCompletableFuture().join().orElseThrow().publicKeys()).hasSize(1);
        assertThat(store.count().toCompletableFuture().join()).isEqualTo(1L);
    }

    @Test
    void theFirstAccountHasNoRolesAndRolesChangeOnlyThroughChangeRole() {
        InMemoryAccountStore store = new InMemoryAccountStore();
        Account first = store.create("Alice", "h").toCompletableFuture().join();
        assertThat(first.roles()).isEmpty();

        RoleChange granted = store.changeRole("ALICE", Roles.ADMIN, true).toCompletableFuture().join().orElseThrow();
        assertThat(granted.changed()).isTrue();
        assertThat(granted.after().roles()).containsExactly("admin");
        assertThat(store.changeRole("alice", Roles.ADMIN, true).toCompletableFuture().join().orElseThrow().changed())
                .isFalse();
        // A copy read before the grant, saved after it (a login under way), keeps the grant.
        Account saved = store.update(first.withLastLogin(java.time.Instant.EPOCH)).toCompletableFuture().join();
        assertThat(saved.roles()).containsExactly("admin");
        assertThat(store.find("alice").toCompletableFuture().join().orElseThrow().roles()).containsExactly("admin");

        RoleChange revoked = store.changeRole("alice", Roles.ADMIN, false).toCompletableFuture().join().orElseThrow();
        assertThat(revoked.after().roles()).isEmpty();
        assertThat(store.changeRole("nobody", Roles.ADMIN, true).toCompletableFuture().join()).isEmpty();
    }

    @Test
    void rolesAreNamedAndListedInOneOrder() {
        assertThat(Roles.problem("builder")).isEmpty();
        assertThat(Roles.problem("wizard")).contains("unknown role 'wizard'; the roles are admin, builder");
        assertThat(Roles.describe(java.util.Set.of("builder", "zany", "admin"))).isEqualTo("admin, builder, zany");
        assertThat(Roles.describe(java.util.Set.of())).isEqualTo("none");
        assertThat(Roles.withArticle("admin")).isEqualTo("an admin");
        assertThat(Roles.withArticle("builder")).isEqualTo("a builder");
    }
}
