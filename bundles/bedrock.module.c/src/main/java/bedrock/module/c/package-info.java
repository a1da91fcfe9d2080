/** Module "c". */ package bedrock.module.c;
