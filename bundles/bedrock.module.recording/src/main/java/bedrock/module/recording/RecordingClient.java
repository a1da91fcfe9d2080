package bedrock.module.recording;

import bedrock.api.module.ClientArgs;
import bedrock.api.module.ClientInstance;

/** A client of a recording module type: records what it was created with. */
public final class RecordingClient extends Recorded implements ClientInstance {

    RecordingClient(ClientArgs args) {
        super(args);
    }
}
