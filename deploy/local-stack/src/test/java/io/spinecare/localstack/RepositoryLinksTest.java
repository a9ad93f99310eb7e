package io.spinecare.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file the documentation points at must exist: Markdown links, paths in backticks in Markdown, and the
 * Markdown documents or {@code docs/...} files named in code and configuration comments. A renamed package or a
 * document that was never committed then fails the build instead of sending a newcomer nowhere.
 *
 * <p>Rules, kept simple so a failure is easy to read: URLs, absolute paths (API routes), placeholders with
 * {@code {}}, {@code <>} or {@code $}, and anything inside fenced code blocks (examples) are not checked. A path
 * with {@code *} is a pattern that must match at least one file. {@code …} or {@code ...} as a folder stands for
 * any folders. A relative path resolves against the document's folder or the repository root, or else must end
 * an existing path (under the module, for a module's documents), since READMEs abbreviate long package paths. A
 * bare {@code name.md} must exist somewhere; a {@code docs/} path without an extension ({@code docs/adr/0401})
 * must start an existing one. Build output ({@code target/}) and the local stack's run-time folder
 * ({@code data/}) do not exist in a fresh clone and are not checked.
 */
class RepositoryLinksTest {

    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "data", "node_modules");
    private static final Pattern FENCED_BLOCK = Pattern.compile("(?ms)^\\s*```.*?^\\s*```[^\\n]*$");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HTML_LINK = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\s]+)`");
    private static final Pattern REPOSITORY_PATH = Pattern.compile("(?:[^/]+/)+(?:[^/]*\\.[A-Za-z0-9]{1,8}|)");
    private static final Pattern MARKDOWN_NAME = Pattern.compile("(?<![\\w./*…-])((?:[\\w.*…-]+/)*[\\w*-]+\\.md)\\b");
    private static final Pattern DOCS_PATH = Pattern.compile("(?<![\\w./-])(docs/[\\w./*-]*[\\w/*])");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
    private static final Pattern SLASH_COMMENT = Pattern.compile("(?m)//.*$");
    private static final Pattern HASH_COMMENT = Pattern.compile("(?m)(?:^|\\s)#.*$");
    private static final List<Path> ENTRIES = entries();

    @Test
    void everyDocumentPointsOnlyAtFilesThatExist() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : files()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".md")) {
                broken.addAll(brokenInMarkdown(file));
            } else if (name.matches(".*\\.(java|ya?ml|js|sh)") && !name.equals("RepositoryLinksTest.java")) {
                // (this class is skipped: its examples point at missing files on purpose)
                broken.addAll(brokenInComments(file));
            }
        }
        assertThat(broken)
                .as("references to files that do not exist (file:line: reference)")
                .isEmpty();
    }

    @Test
    void theCheckerFindsWhatItShould() {
        Path readme = REPOSITORY.resolve("gateway/README.md");
        assertThat(exists(readme, "src/main/java/io/spinecare/gateway/auth/")).isTrue();
        assertThat(exists(readme, "…/page/")).isTrue();
        assertThat(exists(readme, "…/pages/")).isFalse();
        assertThat(exists(REPOSITORY.resolve("README.md"), "docs/adr/0200-*.md"))
                .isTrue();
        assertThat(exists(REPOSITORY.resolve("README.md"), "docs/adr/0999-*.md"))
                .isFalse();
        assertThat(exists(REPOSITORY.resolve("README.md"), "docs/no-such-page.md"))
                .isFalse();
    }

    @Test
    void onlyCommentsAndProseOutsideExamplesAreChecked(@TempDir Path folder) throws IOException {
        Path code = Files.writeString(
                folder.resolve("Example.java"),
                """
                /** Body of the booking events (docs/no-such-events.md). */
                class Example {
                    String name = "NO-SUCH-FILE.md"; // a string, not a pointer
                }
                """);
        Path readme = Files.writeString(
                folder.resolve("README.md"),
                """
                See [the guide](no-such-guide.md), <https://example.org/a/b.md> and `src/main/Example.java`.
                ```
                cp examples/settings.yml /etc/spinecare/
                ```
                """);
        Files.createDirectories(folder.resolve("src/main"));
        Files.writeString(folder.resolve("src/main/Example.java"), "class Example {}");

        assertThat(brokenInComments(code)).singleElement(STRING).endsWith(":1: docs/no-such-events.md");
        assertThat(brokenInMarkdown(readme)).singleElement(STRING).endsWith(":1: no-such-guide.md");
    }

    private static List<String> brokenInMarkdown(Path file) throws IOException {
        String text = blankFencedBlocks(Files.readString(file));
        List<String> broken = new ArrayList<>();
        String withoutCode =
                CODE_SPAN.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        for (Pattern link : List.of(MARKDOWN_LINK, HTML_LINK)) {
            Matcher m = link.matcher(withoutCode);
            while (m.find()) {
                String target = m.group(1).replaceAll("[#?].*$", "");
                if (!target.isEmpty() && !isUrl(target) && !exists(file, target)) {
                    broken.add(where(file, text, m.start()) + target);
                }
            }
        }
        Matcher span = CODE_SPAN.matcher(text);
        while (span.find()) {
            String path = span.group(1);
            if (looksLikeRepositoryPath(path) && !exists(file, path)) {
                broken.add(where(file, text, span.start()) + path);
            }
        }
        String prose = MARKDOWN_LINK.matcher(withoutCode).replaceAll("]");
        broken.addAll(brokenMentions(file, prose, List.of(MARKDOWN_NAME)));
        return broken;
    }

    private static List<String> brokenInComments(Path file) throws IOException {
        String text = Files.readString(file);
        StringBuilder comments = new StringBuilder(text.replaceAll("[^\\n]", " "));
        boolean hashComments = file.getFileName().toString().matches(".*\\.(ya?ml|sh)");
        for (Pattern comment : hashComments ? List.of(HASH_COMMENT) : List.of(BLOCK_COMMENT, SLASH_COMMENT)) {
            Matcher m = comment.matcher(text);
            while (m.find()) {
                comments.replace(m.start(), m.end(), m.group());
            }
        }
        return brokenMentions(file, comments.toString(), List.of(MARKDOWN_NAME, DOCS_PATH));
    }

    /** Markdown file names and docs/ paths named in running text. */
    private static List<String> brokenMentions(Path file, String text, List<Pattern> patterns) {
        Set<String> broken = new LinkedHashSet<>();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String mention = m.group(1);
                boolean prefixOfAPath = !mention.matches(".*\\.[A-Za-z0-9]{1,8}") && exists(file, mention + "*");
                if (!isRunTimeOutput(mention)
                        && !exists(file, mention)
                        && !prefixOfAPath
                        && !isFileNameFound(mention)) {
                    broken.add(where(file, text, m.start()) + mention);
                }
            }
        }
        return List.copyOf(broken);
    }

    static boolean exists(Path document, String reference) {
        Path folder = document.getParent();
        String path = reference.replaceAll("(^|/)(…|\\.\\.\\.)(?=/)", "$1**");
        if (path.startsWith("/")) {
            return matchesUnder(REPOSITORY, path.substring(1));
        }
        if (matchesUnder(folder, path) || matchesUnder(REPOSITORY, path)) {
            return true;
        }
        boolean inModule = !folder.equals(REPOSITORY) && !folder.startsWith(REPOSITORY.resolve("docs"));
        return matchesUnder(inModule ? folder : REPOSITORY, "**/" + path);
    }

    private static boolean matchesUnder(Path base, String reference) {
        String pattern = reference.endsWith("/") ? reference.substring(0, reference.length() - 1) : reference;
        if (!pattern.contains("*")) {
            return Files.exists(base.resolve(pattern).normalize());
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        Path relativeBase = REPOSITORY.relativize(base);
        return ENTRIES.stream()
                .filter(p -> relativeBase.toString().isEmpty() || p.startsWith(relativeBase) && !p.equals(relativeBase))
                .anyMatch(p -> matcher.matches(relativeBase.relativize(p)));
    }

    /** A bare file name ("README.md") is fine when such a file exists somewhere in the repository. */
    private static boolean isFileNameFound(String mention) {
        return !mention.contains("/") && !mention.contains("*") && matchesUnder(REPOSITORY, "**/" + mention)
                || !mention.contains("/") && Files.exists(REPOSITORY.resolve(mention));
    }

    private static boolean looksLikeRepositoryPath(String path) {
        return !isUrl(path)
                && !path.startsWith("/")
                && !path.startsWith("#")
                && !path.matches(".*[{}<>$|\\\\].*")
                && !isRunTimeOutput(path)
                && REPOSITORY_PATH.matcher(path).matches();
    }

    private static boolean isRunTimeOutput(String path) {
        return path.matches("(\\./)?data/.*") || path.matches("(.*/)?target/.*");
    }

    private static boolean isUrl(String target) {
        return target.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    private static List<Path> files() {
        return ENTRIES.stream()
                .map(REPOSITORY::resolve)
                .filter(Files::isRegularFile)
                .toList();
    }

    /** Every file and folder of the repository, relative to its root, without build output and run-time data. */
    private static List<Path> entries() {
        List<Path> entries = new ArrayList<>();
        try {
            Files.walkFileTree(REPOSITORY, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (SKIPPED_FOLDERS.contains(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    entries.add(REPOSITORY.relativize(dir));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    entries.add(REPOSITORY.relativize(file));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + REPOSITORY, e);
        }
        entries.removeIf(p -> p.toString().isEmpty());
        entries.sort(null);
        return List.copyOf(entries);
    }

    /** Fenced blocks hold examples; blank them but keep the line count for the messages. */
    private static String blankFencedBlocks(String text) {
        return FENCED_BLOCK.matcher(text).replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
    }

    private static String where(Path file, String text, int offset) {
        long line = text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        return REPOSITORY.relativize(file) + ":" + line + ": ";
    }
}
