package io.jkompose.converters.steps.storage;

import io.jkompose.converters.naming.KubernetesNames;

/** How a Compose secret is named on Kubernetes: the object and its one data key, as kompose names them. */
final class SecretNames {

    private SecretNames() {
    }

    /** The Secret's name and its data key: the secret's key, lower case, {@code _} → {@code -}. */
    static String objectName(String secretKey) {
        return KubernetesNames.subdomain(secretKey);
    }
}
