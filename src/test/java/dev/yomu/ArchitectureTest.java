package dev.yomu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of Yomu, as the README's development section and each package-info.java state them:
 * which Yomu packages each package may use, pure {@code srs} and quiz generation, and no package cycles.
 * A new import that breaks a rule fails here; the few places that break one today are listed in
 * {@link #KNOWN_VIOLATIONS} (issue 15 removes them) and the list must shrink when one is fixed.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.yomu.";
    /** Where {@code dev.yomu.Main} lives, which only starts the command line. */
    private static final String MAIN_CLASS_PACKAGE = "dev.yomu";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.yomu");

    /**
     * The Yomu packages each package may depend on (besides itself and outside libraries). Keep it equal
     * to the README table and the package-info.java files.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry(MAIN_CLASS_PACKAGE, Set.of("cli")),
            Map.entry("support", Set.of()),
            Map.entry("srs", Set.of()),
            Map.entry("text", Set.of("support")),
            Map.entry("quiz", Set.of("text")),
            Map.entry("dict", Set.of("text", "support")),
            Map.entry("study", Set.of("srs", "deck", "quiz", "text")),
            Map.entry("store", Set.of("text", "dict", "srs", "deck", "quiz", "study", "support")),
            Map.entry("deck", Set.of("text", "dict", "srs", "support")),
            Map.entry("article.select", Set.of("text", "dict", "deck", "support")),
            Map.entry("article", Set.of("article.select", "text", "dict", "deck", "study", "store", "support")),
            Map.entry("review", Set.of("srs", "deck", "study", "store", "text", "support")),
            Map.entry("quizsession", Set.of("quiz", "review", "srs", "study", "store", "dict", "text", "support")),
            Map.entry("reader", Set.of("article.select", "review", "srs", "deck", "study", "dict", "store", "text",
                    "support")),
            Map.entry("tui", Set.of("reader", "review", "quizsession", "quiz", "deck", "study", "srs", "text",
                    "support")),
            Map.entry("bench", Set.of("article", "article.select", "reader", "review", "quizsession", "quiz", "deck", "study", "dict",
                    "srs", "store", "text", "support")),
            Map.entry("cli", Set.of("bench", "tui", "reader", "review", "quizsession", "quiz", "study", "article",
                    "deck", "store", "dict", "srs", "text", "support")));

    /**
     * Dependencies that break {@link #ALLOWED} and are accepted for now, as "origin -> target"
     * (package-qualified below dev.yomu, nested classes with $). Empty since issue 15 moved the card
     * and reader-word records out of store; an entry here needs a TODO naming its issue.
     */
    static final Set<String> KNOWN_VIOLATIONS = Set.of();

    private static final String DATABASE = "dev.yomu.store.Database";
    /** cli classes that open a transaction themselves, as "class -> Database.method"; empty since issue 15. */
    static final Set<String> CLI_TRANSACTIONS = Set.of();
    /**
     * The store types cli may use (with their nested types): the database file itself, as AppContext opens it,
     * import checks its free space, backup/restore/check and the backups before a delete or known import
     * handle it, and the storage error the error path maps to an exit code.
     */
    static final Set<String> DATABASE_FILE_TYPES = Set.of("store.Database", "store.DataHome", "store.Backups",
            "store.DatabaseCheck", "store.StoreException");

    @Test
    void everyPackageIsInTheTable() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : MAIN) packages.add(packageOf(c));
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(packages);
    }

    @Test
    void packagesUseOnlyWhatTheyMay() {
        assertThat(forbiddenDependencies()).as("dependencies the package table does not allow")
                .isSubsetOf(KNOWN_VIOLATIONS);
    }

    @Test
    void knownViolationsAreStillThere() {
        // A fixed violation leaves the list, so that it cannot come back unnoticed.
        assertThat(forbiddenDependencies()).as("fixed: remove from KNOWN_VIOLATIONS")
                .containsAll(KNOWN_VIOLATIONS);
    }

    /**
     * Commands ask services, which own their transactions: no cli class opens one on the database or
     * touches a JDBC connection. Places that still do are listed in {@link #CLI_TRANSACTIONS}.
     */
    @Test
    void cliOpensNoTransactions() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : MAIN) {
            if (!packageOf(c).equals("cli")) continue;
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().getName().equals(DATABASE)
                        && Set.of("read", "transaction", "connection").contains(call.getName()))
                    found.add(shortName(outermost(c)) + " -> Database." + call.getName());
            }
            for (Dependency d : c.getDirectDependenciesFromSelf())
                if (d.getTargetClass().getPackageName().equals("java.sql"))
                    found.add(shortName(outermost(c)) + " -> " + d.getTargetClass().getName());
        }
        assertThat(found).as("transactions opened in cli").isEqualTo(CLI_TRANSACTIONS);
    }

    /**
     * Commands and screens see what services return (records of study and the services' packages), never
     * a store row: the only store types cli uses are those of the database file itself, in
     * {@link #DATABASE_FILE_TYPES}; tui uses none (the package table says so).
     */
    @Test
    void cliAndTuiUseNoStoreRows() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : MAIN) {
            if (!Set.of("cli", "tui").contains(packageOf(c))) continue;
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                while (target.getEnclosingClass().isPresent()) target = target.getEnclosingClass().get();
                if (target.getPackageName().equals("dev.yomu.store") && !DATABASE_FILE_TYPES.contains(shortName(target)))
                    found.add(shortName(outermost(c)) + " -> " + shortName(target));
            }
        }
        assertThat(found).as("store types used by cli and tui").isEmpty();
    }

    /**
     * JDBC stays in store: services get a {@code store.Tx} and pass it on. Read from the constant pools
     * of the compiled classes, not from source imports, so a lambda's inferred {@code Connection}
     * parameter or a {@code throws SQLException} on it counts as much as an import.
     */
    @Test
    void onlyStoreNamesJdbc() throws Exception {
        Path classes = Path.of(dev.yomu.store.Database.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path store = classes.resolve("dev/yomu/store");
        Set<String> outside = new TreeSet<>(), inStore = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                if (!namesJdbc(Files.readAllBytes(f))) continue;
                (f.startsWith(store) ? inStore : outside).add(classes.relativize(f).toString());
            }
        }
        assertThat(inStore).as("the scan finds store's own JDBC use").contains("dev/yomu/store/Database.class");
        assertThat(outside).as("classes outside store that name java.sql").isEmpty();
    }

    private static final byte[] JDBC = "java/sql/".getBytes(StandardCharsets.US_ASCII);

    /** Whether a class file's bytes hold "java/sql/": a constant-pool name or descriptor of a JDBC type. */
    private static boolean namesJdbc(byte[] classFile) {
        outer:
        for (int i = 0; i + JDBC.length <= classFile.length; i++) {
            for (int j = 0; j < JDBC.length; j++) if (classFile[i + j] != JDBC[j]) continue outer;
            return true;
        }
        return false;
    }

    @Test
    void srsUsesOnlyJava() {
        classes().that().resideInAPackage("dev.yomu.srs")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.yomu.srs")
                .check(MAIN);
    }

    @Test
    void quizGenerationUsesOnlyJavaAndText() {
        classes().that().resideInAPackage("dev.yomu.quiz")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.yomu.quiz", "dev.yomu.text")
                .check(MAIN);
    }

    @Test
    void noPackageCycles() {
        SliceRule rule = slices().matching("dev.yomu.(*)..").should().beFreeOfCycles();
        for (String known : KNOWN_VIOLATIONS) {
            String[] ends = known.split(" -> ");
            rule = rule.ignoreDependency(ROOT + ends[0], ROOT + ends[1]);
        }
        rule.check(MAIN);
    }

    private static Set<String> forbiddenDependencies() {
        Set<String> out = new TreeSet<>();
        for (JavaClass c : MAIN) {
            String from = packageOf(c);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (!target.getPackageName().startsWith(MAIN_CLASS_PACKAGE)) continue;
                String to = packageOf(target);
                if (to.equals(from) || ALLOWED.get(from).contains(to)) continue;
                out.add(label(d));
            }
        }
        return out;
    }

    /** "origin -> target" below dev.yomu, the origin's outermost class (lambdas and nested classes count as it). */
    private static String label(Dependency d) {
        return shortName(outermost(d.getOriginClass())) + " -> " + shortName(d.getTargetClass());
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass out = c;
        while (out.getEnclosingClass().isPresent()) out = out.getEnclosingClass().get();
        return out;
    }

    private static String shortName(JavaClass c) {
        return c.getName().substring(ROOT.length());
    }

    /** The package below dev.yomu, a sub-package ({@code article.select}) a row of the table of its own. */
    private static String packageOf(JavaClass c) {
        if (c.getPackageName().equals(MAIN_CLASS_PACKAGE)) return MAIN_CLASS_PACKAGE;
        return c.getPackageName().substring(ROOT.length());
    }
}
