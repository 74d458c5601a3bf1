package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.options.ProviderOptions;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Service;

/**
 * With {@code --provider openshift} (and {@code --deployment-config}, the default), a service that
 * would run as a Deployment runs as a DeploymentConfig, as kompose writes it. DeploymentConfig is
 * deprecated since OpenShift 4.14; that is said once per conversion, at the first service that
 * becomes one.
 */
final class DeploymentConfigs {

    private DeploymentConfigs() {
    }

    static WorkloadKind decide(Service service, WorkloadKind kind, ProviderOptions platform, Diagnostics diagnostics) {
        if (kind != WorkloadKind.DEPLOYMENT || !platform.writesDeploymentConfigs()) {
            return kind;
        }
        diagnostics.warnOnce(ConverterCode.DEPLOYMENT_CONFIG_DEPRECATED.id(), ConverterCode.DEPLOYMENT_CONFIG_DEPRECATED,
                service.location(), "service '" + service.name() + "' runs as a DeploymentConfig (apps.openshift.io/v1), "
                        + "as kompose writes it for OpenShift; DeploymentConfig is deprecated since OpenShift 4.14 (so "
                        + "are the others of this conversion)", "pass --deployment-config=false to write Deployments, "
                        + "which OpenShift runs as well");
        return WorkloadKind.DEPLOYMENT_CONFIG;
    }
}
