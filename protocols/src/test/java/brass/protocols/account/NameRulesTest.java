package brass.protocols.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class NameRulesTest {

    private static final String MIXED = "A name uses one script: letters of different alphabets cannot be mixed.";

    @Test
    void namesAreTakenInTheirNfkcFormWithACapitalAndSmallLetters() {
        assertThat(NameRules.display("ﬀoo")).isEqualTo("Ffoo");
        assertThat(NameRules.display("Ｗｉｚａｒｄ")).isEqualTo("Wizard");
        assertThat(NameRules.key("Ｗｉｚａｒｄ")).isEqualTo("wizard");
        assertThat(NameRules.display(" aLiCe ")).isEqualTo("Alice");
        assertThat(NameRules.display("zoe\u0308")).isEqualTo("Zoë");
        // Lower-casing the Turkish İ leaves i and a dot above, which the i already has.
        assertThat(NameRules.display("ADMİN")).isEqualTo("Admin");
        assertThat(NameRules.display("ǆemal")).isEqualTo("Džemal"); // NFKC: the digraph is its two letters
        assertThat(NameRules.legacyKey(" Ｗｉｚａｒｄ ")).isEqualTo("ｗｉｚａｒｄ");
    }

    @Test
    void lookAlikesShareASkeletonWhateverTheCase() {
        assertThat(NameRules.skeleton("Wіzard")).isEqualTo(NameRules.skeleton("wizard")); // Cyrillic і
        assertThat(NameRules.skeleton("Аdmin")).isEqualTo(NameRules.skeleton("ADMIN")); // Cyrillic А
        assertThat(NameRules.skeleton("ADMİN")).isEqualTo(NameRules.skeleton("admin"));
        assertThat(NameRules.skeleton("Асе")).isEqualTo(NameRules.skeleton("Ace")); // all Cyrillic
        assertThat(NameRules.skeleton("Pembrооk")).isEqualTo(NameRules.skeleton("Pembrook"));
        assertThat(NameRules.skeleton("Alice")).isNotEqualTo(NameRules.skeleton("Alex"));
        // Shown as Ian and Lan: a capital I and a small l are not confused where names show them.
        assertThat(NameRules.skeleton("ian")).isNotEqualTo(NameRules.skeleton("lan"));
    }

    @Test
    void newNamesAreOfOneScriptAndNoReservedWordNorItsLookAlike() {
        assertThat(NameRules.newNameProblem("Alice")).isEmpty();
        assertThat(NameRules.newNameProblem("Zoë")).isEmpty();
        assertThat(NameRules.newNameProblem("Дмитрий")).isEmpty();
        assertThat(NameRules.newNameProblem("Αλέξανδρος")).isEmpty();
        assertThat(NameRules.newNameProblem("山田はなこ")).isEmpty(); // Japanese: Han with Hiragana
        assertThat(NameRules.newNameProblem("ﬀoo")).isEmpty();

        assertThat(NameRules.newNameProblem("Wіzard")).contains(MIXED);
        assertThat(NameRules.newNameProblem("Аdmin")).contains(MIXED);
        assertThat(NameRules.newNameProblem("Ρembrook")).contains(MIXED); // Greek Ρ
        assertThat(NameRules.newNameProblem("Pembrооk")).contains(MIXED); // Cyrillic о

        assertThat(NameRules.newNameProblem("ADMİN")).contains("'Admin' is a word the game uses; please pick another name.");
        assertThat(NameRules.newNameProblem("Sysop")).contains("'Sysop' is a word the game uses; please pick another name.");
        assertThat(NameRules.newNameProblem("Ѕуѕор")).contains(NameRules.TOO_LIKE); // all Cyrillic, looks like sysop
        assertThat(NameRules.newNameProblem("everyone")).contains("'Everyone' is a word the game uses; please pick another name.");
    }

    @Test
    void theFormOfANameIsCheckedAfterNormalising() {
        assertThat(NameRules.problem("ﬀ")).contains("A name has 3 to 16 letters.");
        assertThat(NameRules.problem("Bob\u202e")).contains("A name has letters only: no spaces, digits or punctuation.");
        assertThat(NameRules.problem("Ｂｏｂ１")).contains("A name has letters only: no spaces, digits or punctuation.");
        assertThat(NameRules.problem("\u0301abc")).contains("A name has letters only: no spaces, digits or punctuation.");
    }

    @Test
    void theStoreRefusesALookAlikeOfAnAccountAndFindsItsAccountByTheSameNameInAnyForm() {
        InMemoryAccountStore store = new InMemoryAccountStore();
        Account wizard = store.create("Wizard", "h").toCompletableFuture().join();
        assertThat(store.find("Ｗｉｚａｒｄ").toCompletableFuture().join()).contains(wizard);
        assertThat(store.findLookAlike("Wіzard").toCompletableFuture().join()).contains(wizard);
        assertThat(store.findLookAlike("Wizards").toCompletableFuture().join()).isEmpty();
        assertThatThrownBy(() -> store.create("Wіzard", "h").toCompletableFuture().join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(AccountStore.LookAlikeNameException.class);
        assertThat(store.create("ﬀoo", "h").toCompletableFuture().join().name()).isEqualTo("Ffoo");
    }
}
