package io.jkompose.converters.steps.openshift;

/**
 * The ImageStream tag of an image reference, as kompose names it: the tag of the last path part
 * ({@code registry:5000/team/app:1.2} → {@code 1.2}), {@code latest} when there is none. A digest
 * ({@code app@sha256:…}) is no tag: {@code app:1.2@sha256:…} gives {@code 1.2}, {@code app@sha256:…}
 * gives {@code latest} (a tag name may not hold {@code @} or {@code :}).
 */
final class ImageTags {

    static final String LATEST = "latest";

    private ImageTags() {
    }

    static String tagOf(String image) {
        String reference = image.strip();
        int digest = reference.indexOf('@');
        if (digest >= 0) {
            reference = reference.substring(0, digest);
        }
        String last = reference.substring(reference.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        return colon < 0 || colon == last.length() - 1 ? LATEST : last.substring(colon + 1);
    }

    /** {@code <image stream>:<tag>}, the name of an ImageStreamTag. */
    static String streamTag(String imageStream, String tag) {
        return imageStream + ":" + tag;
    }
}
