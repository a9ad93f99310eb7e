package io.spinecare.notification.channel;

/** Addresses are personal data: this is how they appear anywhere but in the message itself. */
public final class Recipients {

    private Recipients() {}

    /** "a***@example.com" / "+91******21": enough for staff to recognise, too little to contact. */
    public static String mask(Channel channel, String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        if (channel == Channel.EMAIL) {
            int at = address.lastIndexOf('@');
            return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
        }
        String digits = address.replaceAll("[^0-9+]", "");
        int keep = Math.min(2, digits.length());
        String head = digits.startsWith("+") && digits.length() > 5 ? digits.substring(0, 3) : "";
        return head
                + "*".repeat(Math.max(0, digits.length() - head.length() - keep))
                + digits.substring(digits.length() - keep);
    }
}
