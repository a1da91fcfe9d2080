package bedrock.module.yokan;

import bedrock.api.module.RpcHandler;
import bedrock.module.yokan.api.YokanDatabase;
import java.util.LinkedHashMap;
import java.util.Map;

/** The server side of {@link Wire}: one handler per RPC, each decoding, running, encoding. */
final class Handlers {

    private Handlers() {
    }

    /** RPC name to handler, all serving {@code db}. */
    static Map<String, RpcHandler> of(YokanDatabase db) {
        Map<String, RpcHandler> handlers = new LinkedHashMap<>();
        handlers.put(Wire.PUT, request -> {
            Wire.Put put = Wire.readPut(request);
            db.put(put.key(), put.value());
            return Wire.EMPTY;
        });
        handlers.put(Wire.GET, request -> db.get(Wire.readKey(request, Wire.GET)));
        handlers.put(Wire.EXISTS, request -> Wire.bool(db.exists(Wire.readKey(request, Wire.EXISTS))));
        handlers.put(Wire.ERASE, request -> Wire.bool(db.erase(Wire.readKey(request, Wire.ERASE))));
        handlers.put(Wire.LIST_KEYS, request -> {
            Wire.ListKeys list = Wire.readListKeys(request);
            return Wire.keys(db.listKeys(list.from(), list.prefix(), list.max()));
        });
        handlers.put(Wire.COUNT, request -> {
            if (request.length != 0) {
                throw new IllegalArgumentException("Malformed " + Wire.COUNT + ": request should be empty");
            }
            return Wire.int64(db.count());
        });
        return handlers;
    }
}
