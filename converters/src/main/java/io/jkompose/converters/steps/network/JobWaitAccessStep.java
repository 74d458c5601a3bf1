package io.jkompose.converters.steps.network;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ProjectConversionStep;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.steps.workload.PodOwners;
import io.jkompose.converters.steps.workload.PodTemplates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The right to read Jobs for the pods that wait for one to complete ({@link JobWaits}): once per
 * project, a ServiceAccount, a Role that may get, list and watch Jobs, and a RoleBinding, all named
 * {@value #NAME} (a DNS-1123 label, as each of the three kinds needs; the prefix says who made them
 * and keeps them apart from accounts a team already has). A waiting pod runs as that account,
 * unless it has its own ({@code kompose.serviceaccount-name}), which the RoleBinding then names
 * too; the account is made only when some pod runs as it.
 *
 * <p>The subjects carry no namespace: for a RoleBinding the API server reads a ServiceAccount
 * subject without one as an account in the binding's own namespace, which is the pods' namespace,
 * so the objects work wherever they are applied ({@code kubectl apply -n X} does not fill subjects).
 * With {@code -n}, the namespace step writes it in, as it does on every object.
 */
public final class JobWaitAccessStep implements ProjectConversionStep {

    /** The name of the ServiceAccount, the Role and the RoleBinding. */
    public static final String NAME = "jkompose-job-waiter";

    @Override
    public void apply(ProjectContext project) {
        if (!project.options().network().waitForDependencies()) {
            return;
        }
        Set<String> accounts = new TreeSet<>(); // the pods' own accounts, beside ours
        boolean ours = false;
        for (PodSpec spec : waitingPods(project)) {
            if (spec.getServiceAccountName() == null) {
                spec.setServiceAccountName(NAME);
                ours = true;
            } else if (!spec.getServiceAccountName().equals(NAME)) {
                accounts.add(spec.getServiceAccountName());
            }
        }
        if (!ours && accounts.isEmpty()) {
            return;
        }
        List<Subject> subjects = new ArrayList<>();
        if (ours) {
            project.addProjectObject(new ServiceAccountBuilder().withNewMetadata().withName(NAME).endMetadata().build());
            subjects.add(account(NAME));
        }
        accounts.forEach(account -> subjects.add(account(account)));
        project.addProjectObject(new RoleBuilder()
                .withNewMetadata().withName(NAME).endMetadata()
                .withRules(new PolicyRuleBuilder()
                        .withApiGroups("batch")
                        .withResources("jobs")
                        .withVerbs("get", "list", "watch")
                        .build())
                .build());
        project.addProjectObject(new RoleBindingBuilder()
                .withNewMetadata().withName(NAME).endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "Role", NAME)
                .withSubjects(subjects)
                .build());
    }

    /** The pod specs, once each, of the workloads that have a wait for a Job. */
    private static List<PodSpec> waitingPods(ProjectContext project) {
        Set<HasMetadata> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PodSpec> pods = new ArrayList<>();
        for (ServiceContext owner : PodOwners.of(project).values()) {
            HasMetadata workload = owner.workload();
            PodSpec spec = PodTemplates.podSpec(workload);
            if (seen.add(workload) && JobWaits.waitsForJob(spec)) {
                pods.add(spec);
            }
        }
        return pods;
    }

    private static Subject account(String name) {
        return new SubjectBuilder().withKind("ServiceAccount").withName(name).build();
    }
}
