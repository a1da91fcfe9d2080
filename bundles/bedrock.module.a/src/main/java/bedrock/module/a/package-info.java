/** Module "a". */ package bedrock.module.a;
