package bedrock.membership;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jgroups.Message;
import org.jgroups.auth.AuthToken;

/**
 * The AUTH token of a group with a credential: a SHA-256 digest of the group name and the
 * credential, so that the credential itself never travels. A member with another credential is
 * refused when it joins or merges.
 */
public final class CredentialToken extends AuthToken {

    private byte[] digest = new byte[0];

    /** Used by JGroups to read a token from the wire. */
    public CredentialToken() {
    }

    CredentialToken(String group, long credential) {
        try {
            digest = MessageDigest.getInstance("SHA-256")
                    .digest((group + '\0' + credential).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String getName() {
        return CredentialToken.class.getName();
    }

    @Override
    public int size() {
        return 4 + digest.length;
    }

    @Override
    public boolean authenticate(AuthToken token, Message msg) {
        return token instanceof CredentialToken other && MessageDigest.isEqual(digest, other.digest);
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(digest.length);
        out.write(digest);
    }

    @Override
    public void readFrom(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64) {
            throw new IOException("invalid credential token length " + n);
        }
        digest = new byte[n];
        in.readFully(digest);
    }
}
