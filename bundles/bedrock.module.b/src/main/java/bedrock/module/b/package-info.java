/** Module "module_b": upstream's test module B. */ package bedrock.module.b;
