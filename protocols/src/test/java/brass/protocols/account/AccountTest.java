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
        assertThat(NameRules.problem("NEW")).get().asString().contains("a word the game uses");
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

    @Test
    void throttleDoublesPerFailureAndForgetsOnSuccess() {
        LoginThrottle t = new LoginThrottle(100);
        long s = 1_000_000_000L;
        assertThat(t.delayNanos("alice", "1.2.3.4", 0)).isZero();
        t.failed("alice", "1.2.3.4", 0);
        assertThat(t.delayNanos("alice", "5.6.7.8", 0)).isEqualTo(s);
        t.failed("alice", "1.2.3.4", s);
        t.failed("alice", "1.2.3.4", 2 * s);
        assertThat(t.delayNanos("alice", "9.9.9.9", 2 * s)).isEqualTo(4 * s);
        assertThat(t.delayNanos("bob", "1.2.3.4", 2 * s)).isEqualTo(4 * s);
        t.succeeded("alice");
        assertThat(t.delayNanos("alice", "9.9.9.9", 3 * s)).isZero();
        for (int i = 0; i < 50; i++) {
            t.failed("carol", "1.1.1.1", 3 * s);
        }
        assertThat(t.delayNanos("carol", "x", 3 * s)).isEqualTo(60 * s);
        assertThat(t.delayNanos("carol", "x", 3 * s + 16 * 60 * s)).isZero();
    }

    @Test
    void throttleTableIsBounded() {
        LoginThrottle t = new LoginThrottle(10);
        for (int i = 0; i < 1000; i++) {
            t.failed("name" + i, "addr" + i, 0);
        }
        assertThat(t.delayNanos("name0", "addr0", 0)).isZero();
        assertThat(t.delayNanos("name999", "elsewhere", 0)).isPositive();
    }
}
