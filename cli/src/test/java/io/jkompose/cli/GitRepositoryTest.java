package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compose file's Git repository, read from .git without running git. */
class GitRepositoryTest {

    @TempDir
    Path temp;

    @Test
    void aCheckoutGivesItsTopFolderBranchAndTheBranchsRemote() throws IOException {
        Path git = Files.createDirectories(temp.resolve("shop/.git"));
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/feature/x\n");
        Files.writeString(git.resolve("config"), """
                [core]
                \tbare = false
                [remote "origin"]
                \turl = https://example.com/shop
                [remote "upstream"]
                \turl = "git@example.com:team/shop.git"
                [branch "feature/x"]
                \tremote = upstream
                \tmerge = refs/heads/feature/x
                """);
        Path compose = Files.createDirectories(temp.resolve("shop/deploy/compose"));
        GitRepository repository = GitRepository.find(compose);
        assertThat(repository.root()).isEqualTo(temp.resolve("shop").toAbsolutePath().normalize());
        assertThat(repository.branch()).isEqualTo("feature/x");
        assertThat(repository.remote()).isEqualTo("upstream");
        assertThat(repository.remoteUrl()).isEqualTo("git@example.com:team/shop.git");
    }

    @Test
    void aLinkedWorktreeReadsItsOwnHeadAndTheSharedConfig() throws IOException {
        Path common = Files.createDirectories(temp.resolve("main/.git"));
        Files.writeString(common.resolve("config"), "[remote \"origin\"]\n    url = https://example.com/shop.git\n");
        Path worktreeGit = Files.createDirectories(common.resolve("worktrees/wt"));
        Files.writeString(worktreeGit.resolve("HEAD"), "ref: refs/heads/openshift\n");
        Files.writeString(worktreeGit.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(temp.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: " + worktreeGit + "\n");
        GitRepository repository = GitRepository.find(worktree);
        assertThat(repository.root()).isEqualTo(worktree.toAbsolutePath().normalize());
        assertThat(repository.branch()).isEqualTo("openshift");
        assertThat(repository.remote()).isEqualTo("origin");
        assertThat(repository.remoteUrl()).isEqualTo("https://example.com/shop.git");
    }

    @Test
    void aDetachedHeadHasNoBranchAndAFolderOutsideAnyRepositoryNoRepository() throws IOException {
        Path git = Files.createDirectories(temp.resolve("r/.git"));
        Files.writeString(git.resolve("HEAD"), "9beb50c3d2f0c1a1b2c3d4e5f60718293a4b5c6d\n");
        GitRepository repository = GitRepository.find(temp.resolve("r"));
        assertThat(repository.branch()).isNull();
        assertThat(repository.remoteUrl()).isNull();
        Path outside = Files.createDirectories(temp.resolve("plain"));
        // the temporary folder may itself sit in a repository; only a folder without one gives null
        if (GitRepository.find(temp.getRoot()) == null) {
            assertThat(GitRepository.find(outside)).isNull();
        }
    }
}
