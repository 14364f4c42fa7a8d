package io.github.khabar.hosts.spring;

import io.github.khabar.Khabar;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application that reads Arabic news: one shared, thread-safe {@link Khabar} bean. */
@SpringBootApplication
public class NewsApplication {
    /** Built once: loading the knowledge base is the costly part, extraction is per call. */
    @Bean
    public Khabar khabar() {
        return Khabar.builder().build();
    }

    public static void main(String[] args) {
        SpringApplication.run(NewsApplication.class, args);
    }
}
