/**
 * The frame layout of the daemon's wire protocol ({@code docs/protocol.md}) on plain byte
 * buffers, shared by the RPC engine and by clients that speak the protocol on a bare socket.
 */
@Export
@Version("1.0.0")
package bedrock.api.wire;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
