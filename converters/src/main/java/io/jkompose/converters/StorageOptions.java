package io.jkompose.converters;

/**
 * What volumes become.
 *
 * @param pvcRequestSize {@code --pvc-request-size}: storage request of each PVC (kompose: 100Mi)
 */
public record StorageOptions(String pvcRequestSize) {

    public static final String DEFAULT_PVC_REQUEST_SIZE = "100Mi";

    public StorageOptions {
        pvcRequestSize = pvcRequestSize == null || pvcRequestSize.isBlank() ? DEFAULT_PVC_REQUEST_SIZE : pvcRequestSize;
    }

    public static StorageOptions defaults() {
        return new StorageOptions(DEFAULT_PVC_REQUEST_SIZE);
    }

    public StorageOptions withPvcRequestSize(String value) {
        return new StorageOptions(value);
    }
}
