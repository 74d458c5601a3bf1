package io.jkompose.converters.steps.storage;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ProjectConversionStep;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.model.FileReference;
import io.jkompose.model.Project;
import io.jkompose.model.SecretDefinition;
import io.jkompose.model.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each top-level secret that a service uses and whose content jkompose has (a {@code file}, or
 * an {@code environment} variable the loader read into {@code content}) → an Opaque Secret with
 * one key, named after the secret (as kompose names both). External secrets already exist in
 * the cluster; secrets no service uses are not written (Compose does not create them either).
 */
public final class SecretObjectsStep implements ProjectConversionStep {

    @Override
    public void apply(ProjectContext context) {
        Project project = context.project();
        Set<String> used = new TreeSet<>();
        for (Service service : project.services().values()) {
            for (FileReference reference : service.storage().secrets()) {
                used.add(reference.source());
            }
        }
        for (String key : used) {
            SecretDefinition secret = project.secrets().get(key);
            if (secret == null || secret.external()) {
                continue; // SecretFilesStep reports an unknown secret where it is used
            }
            byte[] content = content(context, secret);
            if (content == null) {
                continue;
            }
            String name = SecretNames.objectName(key);
            context.addProjectObject(new SecretBuilder()
                    .withNewMetadata()
                    .withName(name)
                    .addToLabels(ServiceContext.SELECTOR_LABEL, KubernetesNames.labelValue(name))
                    .endMetadata()
                    .withType("Opaque")
                    .withData(Map.of(name, Base64.getEncoder().encodeToString(content)))
                    .build());
        }
    }

    private static byte[] content(ProjectContext context, SecretDefinition secret) {
        if (secret.file() != null) {
            Path file = secret.file();
            if (!file.isAbsolute() && context.project().workingDir() != null) {
                file = context.project().workingDir().resolve(file);
            }
            try {
                return context.files().read(file);
            } catch (IOException e) {
                context.diagnostics().error(ConverterCode.SECRET_UNREADABLE,
                        secret.fileLocation() != null ? secret.fileLocation() : secret.location(),
                        "cannot read file '" + file + "' of secret '" + secret.key() + "': " + describe(e),
                        "check that the file exists and is readable");
                return null;
            }
        }
        if (secret.content() != null) {
            return secret.content().getBytes(StandardCharsets.UTF_8);
        }
        context.diagnostics().warn(ConverterCode.SECRET_EMPTY, secret.location(),
                "secret '" + secret.key() + "' has no content"
                        + (secret.environment() != null ? " (variable '" + secret.environment() + "' is not set)" : "")
                        + "; no Secret is written for it",
                "give the secret a file, or set its variable");
        return null;
    }

    private static String describe(IOException e) {
        return FileProblems.describe(e);
    }
}
